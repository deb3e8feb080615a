// The runtime needs an entry point; the task pane calls AddInApi's exports, nothing runs here.
return;
