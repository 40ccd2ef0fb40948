using Microsoft.Extensions.Logging.Abstractions;
using SmartCity.Bot.Tests.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>The shipped recognizer data (knowledge/understanding), trained once for the unit tests.</summary>
public static class UnderstandingData
{
    public static readonly string Folder = Path.Combine(Path.GetDirectoryName(RegionData.Directory)!, "understanding");
    public static readonly EntityRecognizer Entities = new(RegionData.Resolver, EntityWords.Load(Path.Combine(Folder, "entities.json")));
    /// <summary>As the bot builds it: with the pinned thresholds (calibration.json).</summary>
    public static readonly Recognizer Recognizer = new(Entities, LuFile.LoadFolder(Folder), NullLogger<Recognizer>.Instance, PinnedCalibration.Load(Folder));
}
