namespace Glossary.Cli.Settings;

/// <summary>The command line is wrong (a value out of range, a name not among the choices): exit code 2, one line.</summary>
internal sealed class UsageException(string message) : Exception(message);
