using LiaisonBot.Spreadsheets;
using Sheets = LiaisonBot.Features.Assessment.Scheme.SchemeFileSheets;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>The items sheet: each item's section, maximum, source, and for a computed one its formula with what the formula needs.</summary>
internal sealed partial class SchemeFileValidator
{
    /// <summary>Beyond this an item's maximum, target or a grade bound is a typo: a scheme is out of 100 points or so.</summary>
    private const decimal Largest = 10_000;

    /// <summary>The items read right, and the codes of the sections every row names (read right or not).</summary>
    private (List<SchemeItem> Items, HashSet<string> Named) Items(IReadOnlyList<TableRow> rows, IReadOnlyList<string> sections, int? year)
    {
        var items = new List<SchemeItem>();
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var codes = new List<(string Code, int Row)>();
        foreach (var row in rows)
        {
            var code = Code(Sheets.Items, row, codes);
            if (code is not null)
            {
                codes.Add((code, row.Number));
            }

            var section = SectionOf(row, sections);
            if (section is not null)
            {
                named.Add(section);
            }

            var chinese = Name(Sheets.Items, row, Sheets.ItemName, required: true, limits.MaxName);
            var english = Name(Sheets.Items, row, Sheets.NameEnglish, required: false, limits.MaxName);
            var max = Number(Sheets.Items, row, Sheets.Max, Sheets.Max);
            if (max <= 0)
            {
                Error(Sheets.Items, row, "Assessment.File.NotPositive", Sheets.Max);
            }

            var source = Word(Sheets.Items, row, Sheets.Source, Sheets.Sources, required: true);
            var scope = Word(Sheets.Items, row, Sheets.Scope, Sheets.Scopes, required: false, Sheets.ScopeSynonyms) ?? ItemScope.All;
            var (formulaOk, formula) = FormulaOf(row, source);
            // An unknown formula says nothing about what it needs: its own error is enough.
            var target = formulaOk ? TargetOf(row, formula) : (true, null);
            var by = formulaOk ? ByOf(row, formula, year) : (true, null);
            if (code is null || section is null || chinese is null || english is null || max is not > 0 || source is null || !formulaOk
                || target.Failed || by.Failed)
            {
                continue;
            }

            items.Add(new SchemeItem(code, section, chinese, english.Length > 0 ? english : chinese, max.Value, source.Value, scope)
            {
                Formula = formula,
                Target = target.Value,
                By = by.Value,
            });
        }

        if (rows.Count == 0)
        {
            errors.Add(new SheetError(Sheets.Items.Sheet, 0, "Assessment.File.NoRows"));
        }

        return (items, named);
    }

    /// <summary>The section an item names, by its code as the sections sheet spells it (whatever the case written here).</summary>
    private string? SectionOf(TableRow row, IReadOnlyList<string> sections)
    {
        var written = row.Text(Sheets.Section);
        if (written.Length == 0)
        {
            Error(Sheets.Items, row, "Assessment.File.Blank", Sheets.Section);
            return null;
        }

        var section = sections.FirstOrDefault(code => SheetColumn.SameName(written, code));
        if (section is null)
        {
            Error(Sheets.Items, row, "Assessment.File.Unknown", written, Sheets.Section, sections.ToArray());
        }

        return section;
    }

    /// <summary>A computed item's formula, which must be given; any other item must leave the cell empty.</summary>
    private (bool Ok, ItemFormula? Formula) FormulaOf(TableRow row, ItemSource? source)
    {
        var written = row.Text(Sheets.Formula);
        if (source is null)
        {
            return (false, null);
        }

        if (source != ItemSource.Computed)
        {
            if (written.Length > 0)
            {
                Error(Sheets.Items, row, "Assessment.File.FormulaNotComputed", Sheets.Formula);
            }

            return (written.Length == 0, null);
        }

        if (written.Length == 0)
        {
            Error(Sheets.Items, row, "Assessment.File.NoFormula", Sheets.Formula);
            return (false, null);
        }

        // The enum's own name (PlanFiledBy) is taken too: it is what the developers' docs call it.
        var named = Enum.GetValues<ItemFormula>().Where(f => SheetColumn.SameName(written, f.ToString())).Cast<ItemFormula?>().FirstOrDefault();
        var formula = named ?? Word(Sheets.Items, row, Sheets.Formula, Sheets.Formulas, required: true);
        return (formula is not null, formula);
    }

    private (bool Failed, decimal? Value) TargetOf(TableRow row, ItemFormula? formula)
    {
        var needed = formula is { } f && Sheets.NeedsTarget(f);
        if (!Needed(row, Sheets.Target, needed, formula))
        {
            return (needed || !SheetCells.IsEmpty(row[Sheets.Target]), null);
        }

        var target = Number(Sheets.Items, row, Sheets.Target, Sheets.Target);
        if (target <= 0)
        {
            Error(Sheets.Items, row, "Assessment.File.NotPositive", Sheets.Target);
        }

        return (target is not > 0, target);
    }

    private (bool Failed, DateOnly? Value) ByOf(TableRow row, ItemFormula? formula, int? year)
    {
        var needed = formula is { } f && Sheets.NeedsBy(f);
        if (!Needed(row, Sheets.By, needed, formula))
        {
            return (needed || !SheetCells.IsEmpty(row[Sheets.By]), null);
        }

        var by = Date(Sheets.Items, row, Sheets.By, Sheets.By, year);
        return (by is null, by);
    }

    /// <summary>
    /// Whether a target or date the formula needs is there to read: a formula that needs it and lacks it, or a cell filled
    /// for a formula (or a source) that does not use it, is an error.
    /// </summary>
    private bool Needed(TableRow row, SheetColumn column, bool needed, ItemFormula? formula)
    {
        var empty = SheetCells.IsEmpty(row[column]);
        if (needed && empty)
        {
            Error(Sheets.Items, row, "Assessment.File.Needs", Sheets.NameOf(formula!.Value), column);
        }
        else if (!needed && !empty)
        {
            Error(Sheets.Items, row, "Assessment.File.NotUsed", column);
        }

        return needed && !empty;
    }
}
