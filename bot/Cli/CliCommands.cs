namespace SmartCity.Bot.Cli;

/// <summary>A staff command run as `dotnet run --project bot -- NAME ARGS` instead of starting the server.</summary>
public interface ICliCommand
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken);
}

public static class CliCommands
{
    public static IHostApplicationBuilder AddCliCommands(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ICliCommand, HelpCommand>();
        return builder;
    }

    public static ICliCommand? Find(IServiceProvider services, string name) =>
        services.GetServices<ICliCommand>().FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Runs the staff command named by the first argument and returns its exit code; null when the arguments are
    /// only host settings (--urls …, Key=Value), so the server starts. A word that names no command is a typo: it
    /// gets an error with the list and exit code 2 instead of a server nobody asked for.
    /// </summary>
    public static async Task<int?> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || IsHostSetting(args[0])) return null;
        if (Find(services, args[0]) is { } command) return await command.RunAsync(args[1..], services, cancellationToken);
        Console.Error.WriteLine($"Perintah tidak dikenal: '{args[0]}'. Perintah yang tersedia:");
        PrintList(services, Console.Error);
        Console.Error.WriteLine("Tanpa perintah, bot berjalan sebagai server: dotnet run --project bot");
        return 2;
    }

    /// <summary>What the ASP.NET Core command-line configuration reads: --key value, /key value, key=value.</summary>
    private static bool IsHostSetting(string arg) => arg.StartsWith('-') || arg.StartsWith('/') || arg.Contains('=');

    private static void PrintList(IServiceProvider services, TextWriter output)
    {
        foreach (var command in services.GetServices<ICliCommand>().OrderBy(c => c.Name))
            output.WriteLine($"  {command.Name,-12} {command.Description}");
    }

    private sealed class HelpCommand : ICliCommand
    {
        public string Name => "commands";
        public string Description => "Daftar perintah staf.";

        public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
        {
            PrintList(services, Console.Out);
            return Task.FromResult(0);
        }
    }
}
