namespace ETamkeen.Trainings.Models;

/// <summary>
/// The fixed terms of the module's taxonomies, with ids recipes refer to. Titles are French data,
/// shown in other languages through the module's PO files (their msgids).
/// </summary>
public static class TrainingTerms
{
    /// <summary>The five axes of the common skills-building plan's catalogue (March 2021).</summary>
    public static readonly IReadOnlyList<(string Id, string Title)> Axes =
    [
        ("axis-transformation", "Transformation digitale dans les Administrations publiques"),
        ("axis-innovation", "Innovation et nouvelles démarches de gestion de projets digitaux"),
        ("axis-communication", "Communication et formations digitales"),
        ("axis-data-security", "Gestion des données publiques et sécurité des systèmes d'information"),
        ("axis-cloud", "Solutions cloud et collaboration à distance"),
    ];

    public static readonly IReadOnlyList<(string Id, string Title)> Modalities =
    [
        (InPerson, "Présentiel"),
        (Remote, "À distance"),
        (Hybrid, "Hybride"),
    ];

    public static readonly IReadOnlyList<(string Id, string Title)> Levels =
    [
        (Central, "Central"),
        (Local, "Local"),
    ];

    /// <summary>The twelve regions of the Kingdom.</summary>
    public static readonly IReadOnlyList<(string Id, string Title)> Regions =
    [
        ("region-tanger-tetouan-al-hoceima", "Tanger-Tétouan-Al Hoceïma"),
        ("region-oriental", "L'Oriental"),
        ("region-fes-meknes", "Fès-Meknès"),
        ("region-rabat-sale-kenitra", "Rabat-Salé-Kénitra"),
        ("region-beni-mellal-khenifra", "Béni Mellal-Khénifra"),
        ("region-casablanca-settat", "Casablanca-Settat"),
        ("region-marrakech-safi", "Marrakech-Safi"),
        ("region-draa-tafilalet", "Drâa-Tafilalet"),
        ("region-souss-massa", "Souss-Massa"),
        ("region-guelmim-oued-noun", "Guelmim-Oued Noun"),
        ("region-laayoune-sakia-el-hamra", "Laâyoune-Sakia El Hamra"),
        ("region-dakhla-oued-ed-dahab", "Dakhla-Oued Ed-Dahab"),
    ];

    public const string InPerson = "modality-in-person";
    public const string Remote = "modality-remote";
    public const string Hybrid = "modality-hybrid";
    public const string Central = "level-central";
    public const string Local = "level-local";

    /// <summary>Every term's French title by id.</summary>
    public static readonly IReadOnlyDictionary<string, string> Titles =
        Axes.Concat(Modalities).Concat(Levels).Concat(Regions).ToDictionary(t => t.Id, t => t.Title, StringComparer.Ordinal);
}
