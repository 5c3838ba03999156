using System.Text;
using Glossary.Cli;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

// NO_COLOR is honoured by Spectre.Console itself; --no-color is read before parsing because the console is built first.
var noColor = args.Contains("--no-color");
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    Out = new AnsiConsoleOutput(Console.Out),
});
var environment = new CliEnvironment(console, Console.Out, Console.Error, Console.In)
{
    Interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
};

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await GlossaryApp.RunAsync(args, environment, cancel.Token);
