namespace MedSec.Data.Store;

/// <summary>The tables of the local store. Money that is rounded to the cent is stored in cents; other decimals as invariant text (exact).</summary>
internal static class StoreSchema
{
    public const int Version = 1;

    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS imports (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            format TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            read INTEGER NOT NULL,
            accepted INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            flagged INTEGER NOT NULL,
            report_json TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS observations (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            date TEXT NOT NULL,
            source TEXT NOT NULL,
            sector TEXT NOT NULL,
            employer_type TEXT,
            size_band TEXT,
            region TEXT NOT NULL,
            departement TEXT,
            experience_years TEXT,
            specialty TEXT,
            job_title TEXT,
            grade TEXT,
            echelon INTEGER,
            contract TEXT,
            weekly_hours TEXT,
            pay_amount TEXT NOT NULL,
            pay_basis TEXT NOT NULL,
            months_paid TEXT NOT NULL,
            gross_or_net TEXT NOT NULL,
            gender TEXT,
            synthetic INTEGER NOT NULL,
            monthly_gross_cents INTEGER NOT NULL,
            converted_from_net INTEGER NOT NULL,
            flags TEXT NOT NULL,
            flag_reason TEXT,
            extra_json TEXT
        );
        CREATE INDEX IF NOT EXISTS observations_import ON observations(import_id);
        -- An import's number is never given again once deleted: links and scripts naming it (a payroll's information
        -- letters, `--payroll 4`) must not reach another file's data. SQLite reuses the highest rowid after a delete, so
        -- the highest deleted id is kept here and new ids start above it (ImportsTable.Insert).
        CREATE TABLE IF NOT EXISTS deleted_imports_high (one INTEGER PRIMARY KEY CHECK (one = 1), id INTEGER NOT NULL);
        CREATE TRIGGER IF NOT EXISTS imports_deleted_high AFTER DELETE ON imports BEGIN
            INSERT INTO deleted_imports_high (one, id) VALUES (1, OLD.id)
            ON CONFLICT (one) DO UPDATE SET id = MAX(id, excluded.id);
        END;
        """;

    public const string InsertObservation = """
        INSERT INTO observations (import_id, line, date, source, sector, employer_type, size_band, region, departement,
            experience_years, specialty, job_title, grade, echelon, contract, weekly_hours, pay_amount, pay_basis, months_paid,
            gross_or_net, gender, synthetic, monthly_gross_cents, converted_from_net, flags, flag_reason, extra_json)
        VALUES ($import, $line, $date, $source, $sector, $employer, $size, $region, $departement, $experience, $specialty,
            $title, $grade, $echelon, $contract, $hours, $amount, $basis, $months, $kind, $gender, $synthetic, $gross,
            $converted, $flags, $reason, $extra)
        """;

    public const string SelectObservations = """
        SELECT line, date, source, sector, employer_type, size_band, region, departement, experience_years, specialty,
            job_title, grade, echelon, contract, weekly_hours, pay_amount, pay_basis, months_paid, gross_or_net, gender,
            synthetic, monthly_gross_cents, converted_from_net, flags, flag_reason, extra_json
        FROM observations
        """;
}
