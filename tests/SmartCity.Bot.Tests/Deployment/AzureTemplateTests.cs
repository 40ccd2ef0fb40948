using System.Text.Json;
using System.Text.RegularExpressions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Deployment;

public sealed class AzureTemplateTests
{
    [Fact]
    public void Template_references_only_declared_parameters_and_sets_the_bot_keys()
    {
        var text = File.ReadAllText(RepoPaths.Combine("deploymentTemplates", "azure", "azuredeploy.json"));
        using var template = JsonDocument.Parse(text);
        var parameters = template.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToHashSet();
        var variables = template.RootElement.GetProperty("variables").EnumerateObject().Select(p => p.Name).ToHashSet();

        foreach (Match m in Regex.Matches(text, @"parameters\('([^']+)'\)")) Assert.Contains(m.Groups[1].Value, parameters);
        foreach (Match m in Regex.Matches(text, @"variables\('([^']+)'\)")) Assert.Contains(m.Groups[1].Value, variables);
        foreach (var key in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId" })
            Assert.Contains($"\"name\": \"{key}\"", text);
        Assert.Contains("/api/messages", text);
    }
}
