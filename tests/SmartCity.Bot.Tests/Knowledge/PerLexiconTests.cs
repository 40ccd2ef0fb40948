using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>What code builds from the word lists is built once per lexicon, and again when staff's edits bring another.</summary>
public sealed class PerLexiconTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Knowledge, Lexicon.FolderName);

    [Fact]
    public void The_same_lexicon_builds_once()
    {
        var builds = 0;
        var memo = new PerLexicon<int>(lexicon => ++builds);
        var lexicon = Lexicon.Load(Folder);
        Assert.Equal(1, memo.For(lexicon));
        Assert.Equal(1, memo.For(lexicon));
        Assert.Equal(1, builds);
    }

    [Fact]
    public void Another_lexicon_builds_again_from_its_own_lists()
    {
        var memo = new PerLexicon<IReadOnlyList<string>>(lexicon => lexicon.Lists["bilangan"]);
        var first = Lexicon.Load(Folder);
        var copy = Path.Combine(Path.GetTempPath(), "perlexicon-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(copy);
            foreach (var file in Directory.EnumerateFiles(Folder)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            File.AppendAllText(Path.Combine(copy, "bilangan.txt"), "\nsejuta\n");
            var edited = Lexicon.Load(copy);
            Assert.DoesNotContain("sejuta", memo.For(first));
            Assert.Contains("sejuta", memo.For(edited));
            Assert.DoesNotContain("sejuta", memo.For(first));
        }
        finally { Directory.Delete(copy, recursive: true); }
    }
}
