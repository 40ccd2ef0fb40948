using Npgsql;
using SmartCity.Bot.Protocol.Auth;

namespace SmartCity.Bot.Operations;

/// <summary>Settings that cannot work, found before anything starts; the message names each wrong key.</summary>
public sealed class InvalidSettingsException(IReadOnlyList<string> problems)
    : Exception("Invalid configuration: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Start-up validation: a wrong combination (SingleTenant without MicrosoftAppTenantId, an unknown MicrosoftAppType,
/// an unreadable PostgreSQL connection string, a Knowledge:Path that does not exist…) stops the bot at once with a
/// message naming the key, instead of failing on the first message.
/// </summary>
public static class SettingsValidation
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public static IHostApplicationBuilder AddSettingsValidation(this IHostApplicationBuilder builder)
    {
        var problems = Check(builder.Configuration, builder.Environment.ContentRootPath);
        if (problems.Count > 0) throw new InvalidSettingsException(problems);
        return builder;
    }

    public static IReadOnlyList<string> Check(IConfiguration configuration, string contentRoot)
    {
        var problems = new List<string>();
        CheckBotIdentity(configuration, problems);
        if (configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            try { _ = new NpgsqlConnectionStringBuilder(postgres); }
            catch (ArgumentException e) { problems.Add($"ConnectionStrings:Postgres is not a valid PostgreSQL connection string ({e.Message})."); }
        }
        CheckFolder(configuration, contentRoot, "Knowledge:Path", problems);
        CheckFolder(configuration, contentRoot, "Regions:DataDirectory", problems);
        if (configuration["Knowledge:ReloadInterval"] is { Length: > 0 } reload && (!TimeSpan.TryParse(reload, System.Globalization.CultureInfo.InvariantCulture, out var interval) || interval < TimeSpan.Zero))
            problems.Add($"Knowledge:ReloadInterval '{reload}' is not a duration such as 00:00:30 (0 turns reloading off).");
        return problems;
    }

    private static void CheckBotIdentity(IConfiguration configuration, List<string> problems)
    {
        var appType = configuration["MicrosoftAppType"];
        if (!string.IsNullOrWhiteSpace(appType) && !AppTypes.Contains(appType.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"MicrosoftAppType '{appType}' is not one of {string.Join(", ", AppTypes)}.");
            return;
        }
        var auth = new BotAuthOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = configuration["MicrosoftAppId"],
            MicrosoftAppPassword = configuration["MicrosoftAppPassword"],
            MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"],
        };
        if (auth.AuthDisabled) return;
        var secret = !string.IsNullOrWhiteSpace(auth.MicrosoftAppPassword);
        var tenant = !string.IsNullOrWhiteSpace(auth.MicrosoftAppTenantId);
        switch (auth.Type)
        {
            case AppType.SingleTenant when !tenant:
                problems.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
                break;
            case AppType.UserAssignedMsi when !tenant:
                problems.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
                break;
        }
        if (auth.Type is AppType.SingleTenant or AppType.MultiTenant && !secret)
            problems.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {auth.Type} and MicrosoftAppId is set.");
        if (auth.Type == AppType.UserAssignedMsi && secret)
            problems.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity signs in).");
    }

    private static void CheckFolder(IConfiguration configuration, string contentRoot, string key, List<string> problems)
    {
        if (configuration[key] is not { Length: > 0 } path) return;
        var full = Path.GetFullPath(Path.Combine(contentRoot, path));
        if (!Directory.Exists(full)) problems.Add($"{key} '{path}' does not exist (resolved to {full}).");
    }
}
