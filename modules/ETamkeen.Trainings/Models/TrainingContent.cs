namespace ETamkeen.Trainings.Models;

/// <summary>The names the module's types, parts and taxonomies are known by (recipes and exports use them).</summary>
public static class TrainingContent
{
    public const string Training = "Training";
    public const string Session = "TrainingSession";
    public const string CertificationPath = "CertificationPath";
    public const string Administration = "Administration";
    public const string Prc = "Prc";
    public const string Trainer = "Trainer";
    public const string Term = "TrainingTerm";

    public const string AxesTaxonomyId = "training-axes";
    public const string ModalitiesTaxonomyId = "training-modalities";
    public const string LevelsTaxonomyId = "training-levels";
    public const string RegionsTaxonomyId = "training-regions";
}
