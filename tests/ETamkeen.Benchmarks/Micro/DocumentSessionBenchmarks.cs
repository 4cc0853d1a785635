using BenchmarkDotNet.Attributes;
using ETamkeen.Data;
using ETamkeen.Data.Migrations;
using ETamkeen.Modules;
using ETamkeen.Shells;
using Microsoft.Extensions.Logging.Abstractions;

namespace ETamkeen.Benchmarks.Micro;

/// <summary>
/// The document store's round trips on a small document, each in a new session as a request
/// scope would have it (so the identity map never answers). SQLite always; PostgreSQL too
/// when ETAMKEEN_TEST_POSTGRES holds a connection string.
/// </summary>
[MemoryDiagnoser]
public class DocumentSessionBenchmarks
{
    private const string BenchSchema = "etk_bench_documents";

    private string _folder = "";
    private IDbConnectionFactory? _db;
    private long _existingId;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    public static IEnumerable<string> Providers =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ETAMKEEN_TEST_POSTGRES"))
            ? [DatabaseProviders.Sqlite]
            : [DatabaseProviders.Sqlite, DatabaseProviders.Postgres];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        switch (_db)
        {
            case PostgresConnectionFactory postgres:
                postgres.DropSchemaAsync(CancellationToken.None).GetAwaiter().GetResult();
                break;
            case SqliteConnectionFactory sqlite:
                sqlite.ReleaseFile();
                break;
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Save a new document")]
    public async Task<long> SaveNew()
    {
        var session = new DocumentSession(_db!, []);
        var note = BenchNote.Sample();
        session.Save(note);
        await session.SaveChangesAsync();
        return note.Id;
    }

    [Benchmark(Description = "Get by id")]
    public async Task<BenchNote?> Get() => await new DocumentSession(_db!, []).GetAsync<BenchNote>(_existingId);

    [Benchmark(Description = "Save new + get in a new session")]
    public async Task<BenchNote?> SaveThenGet()
    {
        var id = await SaveNew();
        return await new DocumentSession(_db!, []).GetAsync<BenchNote>(id);
    }

    [Benchmark(Description = "Get + update (versioned)")]
    public async Task<int> GetAndUpdate()
    {
        var session = new DocumentSession(_db!, []);
        var note = await session.GetAsync<BenchNote>(_existingId) ?? throw new InvalidOperationException("The sample note is gone.");
        note.Views++;
        session.Save(note);
        await session.SaveChangesAsync();
        return note.Version;
    }

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "etk-bench-docs-" + Guid.NewGuid().ToString("N")[..8]);
        if (Provider == DatabaseProviders.Postgres)
        {
            var postgres = new PostgresConnectionFactory(Environment.GetEnvironmentVariable("ETAMKEEN_TEST_POSTGRES")!, BenchSchema);
            await postgres.DropSchemaAsync(CancellationToken.None);
            _db = postgres;
        }
        else
        {
            _db = new SqliteConnectionFactory(_folder);
        }

        Directory.CreateDirectory(_folder);
        await TenantDatabase.CreateAsync(_db, CancellationToken.None);
        var core = new ModuleCatalog([typeof(CoreFeature).Assembly]).Find(CoreFeature.Id)!;
        await new FeatureMigrator(NullLogger<FeatureMigrator>.Instance).RunPendingAsync(_db, [core]);

        var session = new DocumentSession(_db, []);
        var note = BenchNote.Sample();
        session.Save(note);
        await session.SaveChangesAsync();
        _existingId = note.Id;
    }
}

/// <summary>A small document, about the size of a site setting or a short content item.</summary>
[DocumentType("BenchNote")]
public sealed class BenchNote : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public int Views { get; set; }

    public static BenchNote Sample() => new()
    {
        Title = "Formation : conduite du changement",
        Body = "Session de trois jours pour les cadres des administrations bénéficiaires du programme.",
        Tags = ["formation", "changement", "rabat"],
    };
}
