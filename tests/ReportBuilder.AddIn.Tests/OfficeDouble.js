// A test double of the Office.js calls the task pane makes, served in place of Microsoft's
// office.js. The test sets window.officeDouble before the page loads:
//   { workbookUrl, name, displayLanguage, sliceSize }
// and reads back window.officeDouble.selected (every range selected) and .closed (files closed).
(() => {
  const settings = window.officeDouble;
  settings.selected = [];
  settings.closed = 0;
  const Succeeded = 'succeeded';
  let workbook;
  const bytes = () => (workbook ??= fetch(settings.workbookUrl).then(r => r.arrayBuffer()).then(b => new Uint8Array(b)));

  window.Office = {
    FileType: { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' },
    AsyncResultStatus: { Succeeded, Failed: 'failed' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: settings.displayLanguage,
      // Excel on the web unless the test says otherwise (settings.platform: 'PC', 'Mac').
      platform: settings.platform ?? 'OfficeOnline',
      document: {
        // Excel on the web gives a URL; desktop Excel on Windows a plain path, not encoded (settings.localPath).
        url: settings.localPath ?? `https://contoso.sharepoint.com/sites/ngo/Shared%20Documents/${encodeURIComponent(settings.name)}`,
        getFileAsync(fileType, options, callback) {
          if (fileType !== 'compressed') throw new Error(`getFileAsync: the pane asked for ${fileType}, not the compressed workbook`);
          // As Office fails, now and then: settings.fileError = { code, message }.
          if (settings.fileError) return callback({ status: 'failed', error: settings.fileError });
          bytes().then(all => {
            // As Office does: the requested slice size, and every slice's data a plain array of numbers.
            const size = Math.min(options.sliceSize, settings.sliceSize ?? options.sliceSize);
            const sliceCount = Math.max(1, Math.ceil(all.length / size));
            callback({
              status: Succeeded,
              value: {
                // The file's size; settings.announcedSize, as a host that announces it wrong or not at all.
                size: 'announcedSize' in settings ? settings.announcedSize : all.length,
                sliceCount,
                getSliceAsync(index, done) {
                  if (index < 0 || index >= sliceCount) return done({ status: 'failed', error: { message: `no slice ${index}` } });
                  done({ status: Succeeded, value: { index, size, data: Array.from(all.subarray(index * size, (index + 1) * size)) } });
                },
                closeAsync(done) {
                  settings.closed++;
                  done?.({ status: Succeeded });
                },
              },
            });
          });
        },
      },
    },
  };

  // Excel.run with just what selecting a problem's cell needs, as strict as Excel: commands are
  // queued and take effect at context.sync(), and a range is selected only on the active sheet.
  window.Excel = {
    run: async batch => {
      let queued = [];
      const context = {
        workbook: {
          worksheets: {
            getItem: sheet => ({
              activate: () => queued.push(() => (settings.active = sheet)),
              getRange: address => ({
                select: () => queued.push(() => {
                  if (settings.active !== sheet) throw new Error(`select() on ${sheet}, which is not the active sheet`);
                  settings.selected.push(`${sheet}!${address}`);
                }),
              }),
            }),
          },
        },
        sync: async () => {
          const commands = queued;
          queued = [];
          // As Excel does under load, a batch may take its time: settings.syncDelays (ms), one per sync.
          const delay = settings.syncDelays?.shift() ?? 0;
          if (delay > 0) await new Promise(resolve => setTimeout(resolve, delay));
          commands.forEach(command => command());
        },
      };
      return batch(context);
    },
  };
})();
