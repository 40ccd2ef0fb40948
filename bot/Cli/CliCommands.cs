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

    private sealed class HelpCommand : ICliCommand
    {
        public string Name => "commands";
        public string Description => "Daftar perintah staf.";

        public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
        {
            foreach (var command in services.GetServices<ICliCommand>().OrderBy(c => c.Name))
                Console.WriteLine($"  {command.Name,-12} {command.Description}");
            return Task.FromResult(0);
        }
    }
}
