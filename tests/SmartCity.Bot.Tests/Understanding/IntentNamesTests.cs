using System.Reflection;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>The intent constants the code routes by and the labels of the training data (*.lu) name the same intents.</summary>
public sealed class IntentNamesTests
{
    private static readonly string[] Constants = typeof(IntentNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static readonly HashSet<string> Labels = LuFile.LoadFolder(UnderstandingData.Folder).Select(e => e.Intent).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_constant_is_a_label_of_the_training_data() =>
        Assert.All(Constants, name => Assert.True(Labels.Contains(name), $"IntentNames.{name} is no \"# {name}\" in knowledge/understanding/*.lu"));

    [Fact]
    public void Every_label_of_the_training_data_has_a_constant() =>
        Assert.All(Labels, label => Assert.True(Constants.Contains(label), $"\"# {label}\" in knowledge/understanding/*.lu has no IntentNames constant"));

    [Fact]
    public void Each_constant_is_named_as_its_label() =>
        Assert.All(typeof(IntentNames).GetFields(BindingFlags.Public | BindingFlags.Static),
            f => Assert.Equal(f.Name, (string)f.GetRawConstantValue()!));

    [Fact]
    public void A_label_missing_from_the_data_is_found()
    {
        // The check above can fail: a label the folder lacks is not among the labels read.
        Assert.DoesNotContain("StatusCheckTypo", Labels);
        Assert.True(Labels.Count >= 20, $"only {Labels.Count} labels read from {UnderstandingData.Folder}");
    }
}
