using Microsoft.Extensions.Logging.Abstractions;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The documents are read once at start-up: the index built in memory is built from the same read that the region
/// finder's ordinary words are taken from (<see cref="KnowledgeBase.DocumentsAtStart"/>).
/// </summary>
public sealed class KnowledgeBaseTests : IDisposable
{
    private readonly string _index = Directory.CreateTempSubdirectory("smartcity-kb-").FullName;

    public void Dispose() => Directory.Delete(_index, recursive: true);

    private KnowledgeBase Open() => new(
        Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { Path = RepoPaths.Knowledge, IndexPath = _index }),
        new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = RepoPaths.Root },
        NullLogger<KnowledgeBase>.Instance);

    [Fact]
    public void The_documents_are_read_once_and_the_index_is_built_from_that_read()
    {
        using var knowledge = Open();
        var read = knowledge.DocumentsAtStart();
        Assert.Same(read, knowledge.DocumentsAtStart());
        Assert.Equal(read.SelectMany(d => d.Passages).Select(p => p.Id).Order(), knowledge.Index.Passages.Select(p => p.Id).Order());
    }
}
