import { glob, type Loader } from "astro/loaders";
import { codeVersion, datasetVersion, outputSettings } from "../cache/buildInputs.ts";
import { hashOf } from "../cache/hash.ts";
import { dataDir } from "../site.ts";

/**
 * Astro's glob loader for the narratives of one folder, with one change: the digest Astro
 * keeps each rendered narrative under covers, besides the file, everything its rendering
 * reads (the dataset, whose figures its references resolve to, the code, and where the site
 * is deployed, which its links point to). A rebuild re-renders a narrative when any of them
 * changed, and reuses the earlier rendering when none did.
 */
export function narrativeLoader(base: string): Loader {
  const files = glob({ pattern: "*.md", base });
  return {
    ...files,
    load: (context) =>
      files.load({ ...context, generateDigest: (data) => context.generateDigest(typeof data === "string" ? `${renderingInputs()}\n${data}` : data) }),
  };
}

let inputs: string | undefined;
function renderingInputs(): string {
  inputs ??= hashOf(codeVersion(), datasetVersion(dataDir()), outputSettings());
  return inputs;
}
