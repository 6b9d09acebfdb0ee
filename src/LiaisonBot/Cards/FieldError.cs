namespace LiaisonBot.Cards;

/// <summary>What is wrong with one field of a card form: a text key and its arguments, shown beside the field.</summary>
public sealed record FieldError(string Key, params object[] Args);
