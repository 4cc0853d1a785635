namespace ETamkeen.Trainings.ViewModels;

/// <summary>A value of a catalogue filter with the number of trainings it would show.</summary>
public sealed record TrainingFacet(string Value, string Label, int Count);
