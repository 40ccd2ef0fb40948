using SmartCity.Bot.Regions;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>The shipped knowledge/data files, loaded once for the unit tests.</summary>
public static class RegionData
{
    public static readonly string Directory = RegionsExtensions.FindDataDirectory(AppContext.BaseDirectory);
    public static readonly ProgrammeCalendar Calendar = ProgrammeCalendar.Load(Path.Combine(Directory, "calendar.json"));
    public static readonly RegionRegistry Registry = RegionRegistry.Load(Directory, Calendar.Coverage);
    public static readonly RegionWords Words = RegionWords.Load(Path.GetDirectoryName(Directory)!);
    public static readonly RegionResolver Resolver = new(Registry, Words);
}
