namespace ETamkeen.Shells;

/// <summary>A feature change that can't be made: unknown id, always-enabled, default-tenant only.</summary>
public sealed class FeatureChangeException(string message) : Exception(message);
