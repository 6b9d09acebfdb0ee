namespace LiaisonBot.Cards;

/// <summary>
/// What a form sent, once read: the values as typed (to show the form again), an error per field, and the checked
/// draft, which exists only when there are no errors.
/// </summary>
public sealed record FormInput<TValues, TDraft>(TDraft? Draft, TValues Values, IReadOnlyDictionary<string, FieldError> Errors)
    where TDraft : class
{
    public static FormInput<TValues, TDraft> Checked(TValues values, IReadOnlyDictionary<string, FieldError> errors, Func<TDraft> draft) =>
        new(errors.Count == 0 ? draft() : null, values, errors);
}
