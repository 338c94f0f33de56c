namespace MedSec.Data.Payroll;

/// <summary>
/// The payroll table of the local store: its own table beside the market observations, tied to the store's imports (an
/// import of format <c>payroll</c>), deleted with its import. Amounts are stored as invariant text (exact).
/// </summary>
internal static class PayrollSchema
{
    public const string Format = "payroll";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS payroll_rows (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            employee_id TEXT NOT NULL,
            gender TEXT,
            job_title TEXT,
            level TEXT,
            hire_date TEXT,
            fte TEXT NOT NULL,
            base_monthly_gross TEXT NOT NULL,
            annual_bonuses TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS payroll_rows_import ON payroll_rows(import_id);
        """;

    public const string Insert = """
        INSERT INTO payroll_rows (import_id, line, employee_id, gender, job_title, level, hire_date, fte, base_monthly_gross, annual_bonuses)
        VALUES ($import, $line, $id, $gender, $title, $level, $hired, $fte, $base, $bonuses)
        """;

    public const string Select = """
        SELECT line, employee_id, gender, job_title, level, hire_date, fte, base_monthly_gross, annual_bonuses
        FROM payroll_rows WHERE import_id = $import ORDER BY line
        """;
}
