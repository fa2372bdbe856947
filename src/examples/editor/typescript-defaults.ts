import type { typescript as TypeScriptApi } from "./monaco-modules.ts";
import interleaveDeclarations from "../../runtime/interleave.d.ts?raw";
import { asAmbientModule } from "./ambient-module.ts";

/** Where the `interleave` types live in Monaco's virtual file system. */
export const INTERLEAVE_TYPES_URI = "file:///node_modules/@types/interleave/index.d.ts";

// TypeScript's own values: Monaco's enums stop at NodeJs resolution; the TypeScript 5.9 inside knows these.
const MODULE_RESOLUTION_BUNDLER = 100 as TypeScriptApi.ModuleResolutionKind;
const MODULE_DETECTION_FORCE = 3;

/**
 * Type-checks examples the way the sandbox runs them: strict ES modules (each editor its own
 * module, so two examples may both declare `main`), with the `interleave` module's types.
 * No `lib` option: setting one broke Monaco's diagnostics; the target's default lib applies.
 */
export function configureTypeScript(typescript: typeof TypeScriptApi): void {
  const defaults = typescript.typescriptDefaults;
  defaults.setCompilerOptions({
    strict: true,
    target: typescript.ScriptTarget.ESNext,
    module: typescript.ModuleKind.ESNext,
    moduleResolution: MODULE_RESOLUTION_BUNDLER,
    moduleDetection: MODULE_DETECTION_FORCE,
    noEmit: true,
    allowNonTsExtensions: true,
    isolatedModules: true,
    skipLibCheck: true,
  });
  defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  defaults.addExtraLib(asAmbientModule(interleaveDeclarations, "interleave"), INTERLEAVE_TYPES_URI);
}
