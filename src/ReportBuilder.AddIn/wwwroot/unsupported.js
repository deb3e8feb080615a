// Runs only where modules do not (the Internet Explorer web view of old Office): shows why
// the pane cannot start. Plain ES3 on purpose.
document.getElementById('unsupported').hidden = false;
document.getElementById('unsupported').removeAttribute('hidden');
