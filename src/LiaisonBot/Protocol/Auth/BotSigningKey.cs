using Microsoft.IdentityModel.Tokens;

namespace LiaisonBot.Protocol.Auth;

/// <summary>A published signing key and the channels it is endorsed for (null: the key has no endorsements).</summary>
internal sealed record BotSigningKey(SecurityKey Key, IReadOnlySet<string>? Endorsements);
