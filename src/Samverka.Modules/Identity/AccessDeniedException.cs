namespace Samverka.Modules.Identity;

/// <summary>The actor may see the thing but not do this to it. The web answers 403; the command line exit code 1.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
