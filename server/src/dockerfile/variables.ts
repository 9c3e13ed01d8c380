// Build-time variables as BuildKit scopes them: global ARGs for FROM lines, then per stage ARG and ENV in order, ENV inherited from a parent stage.
import type { Argument, Heredoc, Instruction, Property } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../service/types';
import { argDeclarations } from './argDeclarations';
import { expandWord, type Expansion, type Reference, type Resolution } from './substitution';
import type { InstructionView } from './view';

/** ARGs BuildKit defines for every build: usable in FROM lines, and inside a stage once declared with `ARG NAME`. */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE', 'TARGETOSVERSION',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'BUILDOSVERSION',
]);

/** Predefined proxy ARGs, in both cases, which `--build-arg` may set without any ARG line; never reported. */
export const PROXY_ARGS: ReadonlySet<string> = new Set(
  ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((name) => [name, name.toLowerCase()]),
);

/** Names that exist in every stage without a declaration: BuildKit's empty image still carries PATH, and these are its own. */
const ALWAYS_SET = new Set(['PATH', 'SOURCE_DATE_EPOCH', 'BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** Why a variable is certainly unset where it is used. */
export type UndefinedReason =
  /** A FROM line names a variable that is not an ARG before the first FROM. */
  | 'not-global'
  /** Declared before the first FROM, which only FROM lines see, and not redeclared in this stage. */
  | 'global-only'
  /** A BuildKit platform ARG used in a stage without `ARG NAME` there. */
  | 'platform-undeclared'
  /** Declared by an ARG or ENV further down the same stage. */
  | 'declared-later'
  /** The stage starts from scratch (directly or through its parents), so no image can supply it. */
  | 'empty-base';

export interface VariableUse {
  name: string;
  range: Range;
  instruction: Instruction;
  /** True for the FROM line's image and --platform, which see only global ARGs. */
  inFrom: boolean;
  /** Index of the stage the use belongs to (the stage a FROM line starts). */
  stageIndex: number;
  resolution: Resolution['kind'];
  reason?: UndefinedReason;
  modifier?: string;
  /** BuildKit's reason to reject the substitution, e.g. an unsupported modifier. */
  invalid?: string;
  /** Names visible at this point, for "did you mean". */
  visible: () => string[];
  /** Set for a use inside the body of a COPY or ADD heredoc whose delimiter is not quoted: BuildKit expands those too. */
  inHeredoc?: true;
}

export interface Variables {
  uses: VariableUse[];
  /** Global ARGs (before the first FROM) with their default value; an ARG without default is the empty string. */
  globals: ReadonlyMap<string, Resolution>;
  /** Each stage's FROM image word expanded with the global defaults, by stage index. */
  fromImages: (Expansion | undefined)[];
}

interface StageLike {
  index: number;
  name?: string;
  /** A stage without FROM (a file with no FROM at all): its ARGs were read as globals above. */
  implicit?: boolean;
  instructions: Instruction[];
}

interface Inputs {
  document: TextDocument;
  escape: string;
  views: readonly InstructionView[];
  viewOf(instruction: Instruction): InstructionView;
  stages: readonly StageLike[];
}

type Scope = Map<string, Resolution>;

export function analyzeVariables(model: Inputs): Variables {
  const text = model.document.getText();
  const uses: VariableUse[] = [];
  const globals: Scope = new Map();
  const fromImages: (Expansion | undefined)[] = [];

  /** Expands the text of one range and records every variable in it. */
  const scan = (range: Range, lookup: (name: string) => Resolution, record: (reference: Reference, at: Range) => void): Expansion => {
    const start = model.document.offsetAt(range.start);
    const word = text.slice(start, model.document.offsetAt(range.end));
    const expansion = expandWord(word, model.escape, lookup);
    for (const reference of expansion.references) {
      record(reference, { start: model.document.positionAt(start + reference.start), end: model.document.positionAt(start + reference.end) });
    }
    return expansion;
  };

  // Global scope: the ARGs before the first FROM, each default expanded with the ones above it.
  const firstFrom = model.views.findIndex((view) => view.keyword === 'FROM');
  const globalLookup = (name: string): Resolution => globals.get(name) ?? (PLATFORM_ARGS.has(name) || PROXY_ARGS.has(name) ? { kind: 'unknown' } : { kind: 'undefined' });
  const globalVisible = () => [...globals.keys(), ...PLATFORM_ARGS];
  for (const view of firstFrom === -1 ? model.views : model.views.slice(0, firstFrom)) {
    if (view.keyword !== 'ARG') continue;
    for (const property of argDeclarations(view.node)) {
      const valueRange = property.getValueRange();
      const value = valueRange
        ? scan(valueRange, globalLookup, (reference, range) => uses.push(use(reference, range, view.node, false, -1, globalLookup, globalVisible, () => undefined)))
        : undefined;
      globals.set(property.getName(), value === undefined ? { kind: 'known', value: '' } : value.value === undefined ? { kind: 'unknown' } : { kind: 'known', value: value.value });
    }
  }

  const stageEnv: Scope[] = [];
  const stageOpen: boolean[] = [];
  const stageByName = new Map<string, StageLike>();
  for (const stage of model.stages) {
    if (stage.implicit) {
      // A FROM-less fragment has no image to expand and no stage scope: BuildKit rejects it before expanding anything.
      fromImages.push(undefined);
      continue;
    }
    const fromView = model.viewOf(stage.instructions[0]!);
    // FROM: the image and --platform see the global ARGs and the platform ARGs only.
    const imageArg = fromView.ownArgs[0];
    const fromNames = new Set<string>();
    const fromRecord = (reference: Reference, range: Range) => {
      fromNames.add(reference.name);
      uses.push(use(reference, range, fromView.node, true, stage.index, globalLookup, globalVisible, () => 'not-global'));
    };
    const image = imageArg ? scan(imageArg.getRange(), globalLookup, fromRecord) : undefined;
    fromImages.push(image);
    const platform = fromView.flag('platform')?.getValueRange();
    if (platform) scan(platform, globalLookup, fromRecord);

    // A stage built on an earlier one starts with its ENV (ARGs are not inherited); scratch starts with nothing.
    const baseName = image?.value?.toLowerCase();
    const parent = baseName === undefined ? undefined : stageByName.get(baseName);
    const scope: Scope = new Map(parent ? stageEnv[parent.index] : []);
    const env: Scope = new Map(parent ? stageEnv[parent.index] : []);
    const open = parent ? stageOpen[parent.index]! : baseName !== 'scratch';
    // The first ARG or ENV of this stage that sets each name.
    const declaredHere = new Map<string, Instruction>();
    for (const instruction of stage.instructions) {
      const keyword = model.viewOf(instruction).keyword;
      if (keyword === 'ARG' || keyword === 'ENV') {
        const declared = keyword === 'ARG' ? argDeclarations(instruction) : propertiesOf(instruction);
        for (const property of declared) if (!declaredHere.has(property.getName())) declaredHere.set(property.getName(), instruction);
      }
    }

    const lookup = (name: string): Resolution => {
      const bound = scope.get(name);
      if (bound) return bound;
      return PROXY_ARGS.has(name) || ALWAYS_SET.has(name) ? { kind: 'unknown' } : open && !missingReason(name) ? { kind: 'unknown' } : { kind: 'undefined' };
    };
    const missingReason = (name: string): UndefinedReason | undefined => {
      // A global ARG that also picks this stage's image (`FROM python:${PYTHON_VERSION}`) is often an ENV of that image too.
      if (globals.has(name) && (!open || !fromNames.has(name))) return 'global-only';
      if (PLATFORM_ARGS.has(name)) return 'platform-undeclared';
      // `ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH` extends the base image's value, which only the image knows.
      const declaration = declaredHere.get(name);
      if (declaration && declaration !== instruction) return 'declared-later';
      return open ? undefined : 'empty-base';
    };
    const visible = () => [...scope.keys()];

    // One recorder per stage, pointed at the instruction being read: a pair of closures per instruction was garbage.
    let instruction = stage.instructions[0]!;
    let inHeredoc = false;
    const record = (reference: Reference, range: Range) => {
      const recorded = use(reference, range, instruction, false, stage.index, lookup, visible, missingReason);
      if (inHeredoc) recorded.inHeredoc = true;
      uses.push(recorded);
    };
    const scanRange = (range: Range | null) => (range ? scan(range, lookup, record) : undefined);
    for (let i = 1; i < stage.instructions.length; i++) {
      instruction = stage.instructions[i]!;
      const view = model.viewOf(instruction);
      switch (view.keyword) {
        case 'ARG':
          for (const property of argDeclarations(instruction)) {
            const name = property.getName();
            const value = scanRange(property.getValueRange());
            // `ARG NAME` alone takes the global default of the same name, if any.
            const resolved: Resolution = value ? toResolution(value) : globals.get(name) ?? (PLATFORM_ARGS.has(name) ? { kind: 'unknown' } : { kind: 'known', value: '' });
            scope.set(name, resolved);
          }
          break;
        case 'ENV': {
          // Every value of one ENV line is expanded before any of its names is set, as BuildKit does.
          const assigned = propertiesOf(instruction).map((property) => [property.getName(), scanRange(property.getValueRange())] as const);
          for (const [name, value] of assigned) {
            const resolved: Resolution = value ? toResolution(value) : { kind: 'known', value: '' };
            scope.set(name, resolved);
            env.set(name, resolved);
          }
          break;
        }
        case 'LABEL':
          for (const property of propertiesOf(instruction)) {
            scanRange(property.getNameRange());
            scanRange(property.getValueRange());
          }
          break;
        case 'COPY':
        case 'ADD':
          for (const name of ['chown', 'chmod']) scanRange(view.flag(name)?.getValueRange() ?? null);
          for (const arg of view.ownArgs) if (!arg.getValue().startsWith('<<')) scanRange(arg.getRange());
          // The body of a heredoc whose delimiter is not quoted is expanded while building, like the words above.
          inHeredoc = true;
          for (const heredoc of view.heredocs) if (expandsBody(model.document, heredoc)) scanRange(heredoc.getContentRange());
          inHeredoc = false;
          break;
        case 'WORKDIR':
        case 'USER':
        case 'STOPSIGNAL':
        case 'EXPOSE':
        case 'VOLUME':
          for (const arg of view.ownArgs) scanRange((arg as Argument).getRange());
          break;
        default:
          // RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK are left to the shell at run time; ONBUILD to the child build.
          break;
      }
    }
    stageEnv[stage.index] = env;
    stageOpen[stage.index] = open;
    if (stage.name) stageByName.set(stage.name, stage);
  }
  return { uses, globals, fromImages };
}

function use(
  reference: Reference,
  range: Range,
  instruction: Instruction,
  inFrom: boolean,
  stageIndex: number,
  lookup: (name: string) => Resolution,
  visible: () => string[],
  reason: (name: string) => UndefinedReason | undefined,
): VariableUse {
  const resolution = reference.name === '' ? 'unknown' : lookup(reference.name).kind;
  return {
    name: reference.name,
    range,
    instruction,
    inFrom,
    stageIndex,
    resolution,
    reason: resolution === 'undefined' ? reason(reference.name) : undefined,
    modifier: reference.modifier,
    invalid: reference.invalid,
    visible,
  };
}

/** Whether BuildKit expands a COPY or ADD heredoc's body: it does unless any part of the delimiter word is quoted. */
export function expandsBody(document: TextDocument, heredoc: Heredoc): boolean {
  return !/['"]/.test(document.getText(heredoc.getStartRange()));
}

function toResolution(expansion: Expansion): Resolution {
  return expansion.value === undefined ? { kind: 'unknown' } : { kind: 'known', value: expansion.value };
}

function propertiesOf(instruction: Instruction): Property[] {
  const getter = (instruction as unknown as { getProperties?: () => Property[] }).getProperties;
  return typeof getter === 'function' ? getter.call(instruction) : [];
}
