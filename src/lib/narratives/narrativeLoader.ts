import { glob, type Loader } from "astro/loaders";
import { codeVersion, datasetVersion, outputSettings } from "../cache/buildInputs.ts";
import { hashOf } from "../cache/hash.ts";
import { dataDir } from "../site.ts";
import { RenderingDigests, waitFor } from "./renderingDigests.ts";

/**
 * Astro's glob loader for the narratives of one folder, with one change: the digest Astro
 * keeps each rendered narrative under covers, besides the file, everything its rendering
 * reads: what its figure references resolve to, the code, and where the site is deployed,
 * which its links point to. A rebuild re-renders a narrative when any of them changed, and
 * reuses the earlier rendering when none did. `npm run build` hands over the resolved
 * references of every file (REPORT_NARRATIVE_DIGESTS, src/lib/narratives/renderingDigests.ts),
 * which the loader waits for, since Astro starts while the build checks the narratives;
 * a file it did not see is digested with the whole dataset instead.
 */
export function narrativeLoader(base: string): Loader {
  const files = glob({ pattern: "*.md", base });
  return {
    ...files,
    load: (context) =>
      files.load({ ...context, generateDigest: (data) => context.generateDigest(typeof data === "string" ? `${renderingInputs(base, data)}\n${data}` : data) }),
  };
}

let renderings: RenderingDigests | undefined;
function renderingInputs(folder: string, contents: string): string {
  const handedOver = process.env.REPORT_NARRATIVE_DIGESTS;
  renderings ??= RenderingDigests.read(handedOver && waitFor(handedOver));
  const resolved = renderings.get(folder, contents);
  if (resolved) return hashOf(codeVersion(), outputSettings(), "references", resolved);
  return hashOf(codeVersion(), outputSettings(), "dataset", datasetVersion(dataDir()));
}
