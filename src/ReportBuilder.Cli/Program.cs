using ReportBuilder.Cli;

return ReportBuilderApp.Run(args);
