import { csvParse, type DSVRowArray } from "d3-dsv";
import type { DataPackage, FieldType, TableSchema } from "../../src/lib/share/dataPackage.ts";

const PARSES: Record<FieldType, (value: string) => boolean> = {
  string: () => true,
  number: (v) => v.trim() === v && v !== "" && Number.isFinite(Number(v)),
  integer: (v) => /^-?\d+$/.test(v),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
};

/**
 * Every way the files of a data package can disagree with its descriptor: a missing file, a
 * header that is not the schema's fields in order, a value that does not parse as its type
 * or is not among its codes, a required value missing, a repeated primary key, a foreign key
 * that leads nowhere, a schema file that is missing. `read` gives a file's text by its path
 * relative to the descriptor (data files and schema files alike), or undefined.
 */
export function dataPackageProblems(descriptor: DataPackage, read: (path: string) => string | undefined): string[] {
  const problems: string[] = [];
  const tables = new Map<string, DSVRowArray<string>>();
  const schemas = new Map<string, TableSchema>();
  for (const path of new Set(descriptor.resources.map((r) => r.schema))) {
    const text = read(path);
    if (text === undefined) problems.push(`${path}: no such schema file`);
    else schemas.set(path, JSON.parse(text) as TableSchema);
  }
  const withSchemas = descriptor.resources.filter((r) => schemas.has(r.schema)).map((r) => ({ ...r, schema: schemas.get(r.schema)! }));
  for (const resource of withSchemas) {
    const text = read(resource.path);
    if (text === undefined) {
      problems.push(`${resource.path}: no such file`);
      continue;
    }
    const rows = csvParse(text);
    tables.set(resource.name, rows);
    const names = resource.schema.fields.map((f) => f.name);
    if (rows.columns.join(",") !== names.join(",")) problems.push(`${resource.path}: header ${rows.columns.join(",")} is not the schema's ${names.join(",")}`);
    rows.forEach((row, i) => {
      for (const field of resource.schema.fields) {
        const value = row[field.name] ?? "";
        const at = `${resource.path}:${i + 2} ${field.name}`;
        if (resource.schema.missingValues.includes(value)) {
          if (field.constraints?.required) problems.push(`${at}: required, but empty`);
          continue;
        }
        if (!PARSES[field.type](value)) problems.push(`${at}: "${value}" is not a ${field.type}`);
        if (field.constraints?.enum && !field.constraints.enum.includes(value)) problems.push(`${at}: "${value}" is not one of ${field.constraints.enum.join(", ")}`);
      }
    });
    const key = resource.schema.primaryKey;
    if (key) {
      const seen = new Set<string>();
      for (const row of rows) {
        const id = key.map((k) => row[k]).join("\u0000");
        if (seen.has(id)) problems.push(`${resource.path}: primary key ${key.join("+")} repeats ${id.replace(/\u0000/g, "+")}`);
        seen.add(id);
      }
    }
  }
  for (const resource of withSchemas) {
    const rows = tables.get(resource.name);
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource ?? resource.name);
      if (!rows || !target) {
        problems.push(`${resource.path}: foreign key ${fk.fields.join("+")} refers to the missing resource ${fk.reference.resource}`);
        continue;
      }
      const known = new Set(target.map((r) => fk.reference.fields.map((f) => r[f]).join("\u0000")));
      rows.forEach((row, i) => {
        const values = fk.fields.map((f) => row[f] ?? "");
        if (values.every((v) => v === "")) return;
        if (!known.has(values.join("\u0000"))) problems.push(`${resource.path}:${i + 2} ${fk.fields.join("+")} "${values.join("+")}" is not in ${fk.reference.resource ?? resource.name}`);
      });
    }
  }
  return problems;
}
