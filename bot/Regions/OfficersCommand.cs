using SmartCity.Bot.Cli;

namespace SmartCity.Bot.Regions;

/// <summary>
/// Staff maintain the officers table: `officers list`, `officers add ID REGION`, `officers staff ID`, `officers remove ID`
/// (ID = Teams aadObjectId or UPN e-mail).
/// </summary>
public sealed class OfficersCommand(OfficerDirectory directory, RegionRegistry registry, RegionResolver resolver) : ICliCommand
{
    public string Name => "officers";
    public string Description => "Tabel petugas daerah: list | add ID DAERAH | staff ID | remove ID (ID = aadObjectId atau UPN).";

    public async Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken ct)
    {
        await directory.SeedAsync(ct);
        var by = $"cli:{Environment.UserName}";
        switch (args.FirstOrDefault()?.ToLowerInvariant())
        {
            case "list" or null:
                var entries = await directory.ListAsync(ct);
                if (entries.Count == 0) Console.WriteLine("Tabel petugas kosong. Tambahkan dengan: officers add ID DAERAH | officers staff ID");
                foreach (var (key, item) in entries)
                {
                    var region = item.Value.RegionCode is { } code ? registry.ByCode.GetValueOrDefault(code)?.Name : null;
                    Console.WriteLine($"{key,-50} {item.Value.Role,-15} {region ?? "-",-35} (oleh {item.Value.AddedBy})");
                }
                return 0;
            case "add" when args.Length >= 3:
                var name = string.Join(' ', args[2..]);
                var query = resolver.Resolve(name);
                var found = registry.FindByName(name) ?? (query.Mentions is [{ Candidates: [var only] }] ? only : null);
                if (found is null)
                {
                    var options = query.Mentions.SelectMany(m => m.Candidates).Select(r => r.Name).ToList();
                    Console.Error.WriteLine(options.Count > 0 ? $"Daerah ambigu: {string.Join(", ", options)}" : $"Daerah '{name}' tidak ditemukan.");
                    return 2;
                }
                Console.WriteLine($"Ditambahkan: {await directory.SetAsync(args[1], AccessRole.Officer, found, by, ct)} → {found.Name}");
                return 0;
            case "staff" when args.Length >= 2:
                Console.WriteLine($"Ditambahkan sebagai staf program: {await directory.SetAsync(args[1], AccessRole.ProgrammeStaff, null, by, ct)}");
                return 0;
            case "remove" when args.Length >= 2:
                Console.WriteLine(await directory.RemoveAsync(args[1], by, ct) ? "Dihapus." : "Tidak ada di tabel.");
                return 0;
            default:
                Console.Error.WriteLine("Pemakaian: officers list | add ID DAERAH | staff ID | remove ID");
                return 2;
        }
    }
}
