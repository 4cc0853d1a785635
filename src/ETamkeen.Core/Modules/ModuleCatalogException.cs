namespace ETamkeen.Modules;

/// <summary>The modules don't form a usable graph: a cycle, a missing dependency, a duplicate id.</summary>
public sealed class ModuleCatalogException(string message) : Exception(message);
