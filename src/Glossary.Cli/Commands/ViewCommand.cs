using Glossary.Cli.Rendering.Json;
using Glossary.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Glossary.Cli.Commands;

/// <summary>
/// The shape of every command: its settings → one library call → a view model → the text or the JSON renderer.
/// A command builds its view; this class picks the renderer, so no command branches on --json.
/// </summary>
internal abstract class ViewCommand<TSettings, TView> : AsyncCommand<TSettings>
    where TSettings : OutputSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var environment = (CliEnvironment)context.Data!;
        var view = await BuildAsync(settings, environment, cancellationToken);
        if (settings.Json)
        {
            JsonShapes.Write(environment.Output, ToJson(view));
        }
        else
        {
            WriteText(environment.Console, view);
        }

        return ExitCode(view);
    }

    /// <summary>The exit code when all went well: <see cref="GlossaryApp.Ok"/> unless a command's result says otherwise.</summary>
    protected virtual int ExitCode(TView view) => GlossaryApp.Ok;

    /// <summary>Reads the inputs, calls the library, and gathers what the renderers show.</summary>
    protected abstract Task<TView> BuildAsync(TSettings settings, CliEnvironment environment, CancellationToken cancellationToken);

    /// <summary>The view as its documented JSON shape.</summary>
    protected abstract object ToJson(TView view);

    /// <summary>The view as text, on a console that wraps at its width (or never, into a pipe).</summary>
    protected abstract void WriteText(IAnsiConsole console, TView view);
}
