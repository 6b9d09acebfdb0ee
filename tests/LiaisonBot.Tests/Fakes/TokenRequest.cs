namespace LiaisonBot.Tests.Fakes;

/// <summary>
/// A token request the fake received: client credentials (<see cref="Tenant"/> from the path, <see cref="Scope"/>) or a
/// managed identity request (<see cref="Tenant"/> is "managed-identity", <see cref="Scope"/> holds the resource).
/// </summary>
public sealed record TokenRequest(string Tenant, string? ClientId, string? Scope, string? GrantType);
