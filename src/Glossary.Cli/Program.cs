using System.Text;
using Glossary.Cli;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

// The console is built before parsing, so --no-color is read here (NO_COLOR is honoured by Spectre itself).
var terminal = !Console.IsOutputRedirected;
var width = CliConsole.Width(Environment.GetEnvironmentVariable("COLUMNS"), terminal, () => Console.WindowWidth);
var console = CliConsole.Create(Console.Out, width, terminal, color: !CommandLine.Options(args).Contains("--no-color"));
var environment = new CliEnvironment(console, Console.Out, Console.Error, Console.In)
{
    Interactive = terminal && !Console.IsErrorRedirected,
};

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var code = await GlossaryApp.RunAsync(args, environment, cancel.Token);
console.Profile.Out.Writer.Flush();
return code;
