using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Search.Analysis;
using ETamkeen.Search.Indexing;
using ETamkeen.Search.Models;
using ETamkeen.Search.Services;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>
/// <c>search [--items 100000] [--queries 300]</c>: bilingual library items (French and Arabic
/// text from the programme's vocabulary) indexed through our indexer's path (content JSON →
/// <see cref="ContentDocumentBuilder"/> → <see cref="LuceneIndexStore"/>'s writer, no database),
/// then two-word queries with four facets through <see cref="LuceneQueryRunner"/> (what the
/// search service runs: parse, filters, facet counts, a page of 10 with snippets), beside the
/// same two words as a bare Lucene BooleanQuery of TermQuerys with top 10, on the same index.
/// </summary>
internal static class SearchScenario
{
    public const string Name = "search";

    private static readonly string[] French =
    [
        "formation", "formations", "numérique", "transformation", "administration", "cybersécurité", "compétences", "fonctionnaires",
        "évaluation", "innovation", "services", "publics", "dématérialisation", "procédures", "gouvernance", "données", "ouvertes",
        "intelligence", "artificielle", "télétravail", "hackathon", "voyage", "d'étude", "capitalisation", "bonnes", "pratiques",
        "leçons", "apprises", "ministère", "région", "usagers", "qualité", "simplification", "plateforme", "mobile", "accueil",
        "efficacité", "performance", "indicateurs", "budget", "marchés", "santé", "éducation", "justice", "finances", "agriculture",
    ];

    private static readonly string[] Arabic =
    [
        "التكوين", "الرقمي", "التحول", "الإدارة", "الأمن", "السيبراني", "الكفاءات", "الموظفين", "التقييم", "الابتكار", "الخدمات",
        "العمومية", "تبسيط", "المساطر", "الحكامة", "المعطيات", "المفتوحة", "الذكاء", "الاصطناعي", "العمل", "عن", "بعد", "رحلة",
        "دراسية", "الممارسات", "الجيدة", "الدروس", "المستفادة", "وزارة", "الجهة", "المرتفقين", "الجودة", "منصة", "الاستقبال",
        "النجاعة", "المؤشرات", "الميزانية", "الصفقات", "الصحة", "التعليم", "العدل", "المالية", "الفلاحة", "مسؤولية", "هيئة",
    ];

    private static readonly string[] Axes = ["Compétences", "Sécurité", "Services", "Données", "Innovation", "Gouvernance"];
    private static readonly string[] Administrations = ["MTNRA", "MEF", "MEN", "MS", "MJ", "MI", "MAPMDREF", "MIC", "MEM", "MAEC"];

    public static async Task<int> RunAsync(string[] args)
    {
        var items = Option(args, "--items", 100_000);
        var queries = Option(args, "--queries", 300);
        var root = Path.Combine(Path.GetTempPath(), "etk-search-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new LuceneIndexSettings
        {
            AnalyzerName = "french",
            Facets = new() { ["type"] = "ContentType", ["axis"] = "LibraryEntry.Axis", ["administration"] = "LibraryEntry.Administration", ["year"] = "LibraryEntry.Year" },
        };
        try
        {
            using var store = new LuceneIndexStore(root);
            var random = new Random(42);
            var noTerms = new Dictionary<string, string>();
            var clock = Stopwatch.StartNew();
            await store.WriteAsync("bench", settings, (writer, _) =>
            {
                for (var i = 0; i < items; i++)
                {
                    writer.AddDocument(ContentDocumentBuilder.Build(Item(i, random), null, settings, noTerms));
                }

                return Task.FromResult(IndexPosition.Start);
            });
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"indexed {items} items in {clock.Elapsed.TotalSeconds:0.0} s: {items / clock.Elapsed.TotalSeconds:0} items/s (build + add + commit, one writer)"));

            using var lease = store.Acquire("bench")!;
            using var analyzer = SearchAnalyzers.Create(settings.AnalyzerName);
            var facetNames = settings.Facets.Keys.ToList();
            var texts = Enumerable.Range(0, queries).Select(i => i % 2 == 0
                ? $"{French[random.Next(French.Length)]} {French[random.Next(French.Length)]}"
                : $"{Arabic[random.Next(Arabic.Length)]} {Arabic[random.Next(Arabic.Length)]}").ToList();

            // Warm both paths once per text kind before timing.
            LuceneQueryRunner.Run(lease.Reader, analyzer, new SearchQuery { Text = texts[0] }, facetNames, []);
            var ours = new List<double>();
            long hits = 0;
            foreach (var text in texts)
            {
                var started = Stopwatch.GetTimestamp();
                var result = LuceneQueryRunner.Run(lease.Reader, analyzer, new SearchQuery { Text = text, PageSize = 10 }, facetNames, []);
                ours.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                hits += result.Total;
            }

            var searcher = new IndexSearcher(lease.Reader);
            var bare = new List<double>();
            foreach (var text in texts)
            {
                var query = new BooleanQuery();
                foreach (var term in Analyze(analyzer, text))
                {
                    query.Add(new TermQuery(new Term(IndexFields.FullText, term)), Occur.MUST);
                }

                var started = Stopwatch.GetTimestamp();
                searcher.Search(query, 10);
                bare.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            Console.WriteLine($"{queries} two-word queries, {hits / queries} hits on average, index {lease.Reader.NumDocs} documents");
            Console.WriteLine("ours (parse, filters, 4 facets, page of 10 with snippets): " + new Percentiles(ours).Describe());
            Console.WriteLine("bare Lucene (BooleanQuery of 2 TermQuerys, top 10):        " + new Percentiles(bare).Describe());
            return 0;
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static ContentItem Item(int i, Random random)
    {
        var arabic = i % 2 == 1;
        var words = arabic ? Arabic : French;
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        var title = Words(5);
        var item = new ContentItem
        {
            ContentItemId = "bench" + i.ToString("D8", CultureInfo.InvariantCulture),
            ContentItemVersionId = "v" + i.ToString(CultureInfo.InvariantCulture),
            ContentType = i % 10 == 0 ? "Publication" : "LibraryEntry",
            DisplayText = title,
            Published = true,
            Latest = true,
        };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["AutoroutePart"] = new JsonObject { ["Path"] = "bibliotheque/item-" + i.ToString(CultureInfo.InvariantCulture) };
        item.Content["LocalizationPart"] = new JsonObject { ["Culture"] = arabic ? "ar" : "fr" };
        item.Content["HtmlBodyPart"] = new JsonObject { ["Html"] = new StringBuilder("<p>").Append(Words(40 + random.Next(40))).Append("</p>").ToString() };
        item.Content["LibraryEntry"] = new JsonObject
        {
            ["Axis"] = new JsonObject { ["Text"] = Axes[random.Next(Axes.Length)] },
            ["Administration"] = new JsonObject { ["Text"] = Administrations[random.Next(Administrations.Length)] },
            ["Year"] = new JsonObject { ["Value"] = 2018 + random.Next(8) },
        };
        return item;
    }

    private static List<string> Analyze(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(IndexFields.FullText, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
