namespace Samverka.Modules.Grants;

/// <summary>The programme, year or application does not exist or is not one the actor may see: the web answers 404.</summary>
public sealed class GrantNotFoundException(string message) : Exception(message);
