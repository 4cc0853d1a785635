namespace ETamkeen.Library.Models;

/// <summary>
/// The terms of the <c>library-axes</c> taxonomy: the three capitalisation axes of the programme
/// and the seven areas of digital skills its intervention privileges (seed 000, "chantiers").
/// Titles are French, the programme's working language; the pages translate them through PO files.
/// </summary>
public static class LibraryAxes
{
    public static readonly IReadOnlyList<(string Id, string Title)> Terms =
    [
        ("library-axis-esprit", "Esprit e-TAMKEEN"),
        ("library-axis-prc", "PRC"),
        ("library-axis-idarathon", "IDARATHON"),
        ("library-axis-rh", "Valorisation des ressources humaines et modernisation de leur gestion"),
        ("library-axis-procedures", "Simplification des procédures administratives"),
        ("library-axis-services", "Digitalisation des services administratifs"),
        ("library-axis-territoires", "Appui à la décentralisation, à la déconcentration administrative et à la régionalisation avancée"),
        ("library-axis-qualite", "Développement de la qualité du service public"),
        ("library-axis-usagers", "Développement de la relation entre l'administration et ses usagers"),
        ("library-axis-information", "Accès à l'information"),
    ];
}
