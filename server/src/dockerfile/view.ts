// A per-instruction view computed once per model: keyword, arguments, flags, heredocs and ranges, so rules never re-parse them.
import { From, Instruction, type Argument, type Flag, type Heredoc, type Onbuild } from 'dockerfile-ast';
import type { Range } from '../service/types';
import { flagsOf } from './flags';
import { heredocsOf } from './heredocs';

/**
 * dockerfile-ast recomputes an instruction's argument words (a character scan with a binary search per position) on
 * every call, and its own constructors and getters (JSON form, flags, image ranges, argument content) call that scan
 * again and again: a RUN is scanned about six times while it is parsed. An instruction's range, text and escape
 * character are fixed when it is constructed, so the scan is kept on the instance from the first call, for every
 * instruction of every parse. Cached arrays are handed out as copies because dockerfile-ast shifts flags off the array.
 */
const rawArguments = Symbol('rawArguments');
type RawArgumentsHolder = { [rawArguments]?: Argument[]; getRawArguments(): Argument[] };
const scanRawArguments = (Instruction.prototype as unknown as RawArgumentsHolder).getRawArguments;
(Instruction.prototype as unknown as RawArgumentsHolder).getRawArguments = function cachedRawArguments(this: RawArgumentsHolder): Argument[] {
  return (this[rawArguments] ??= scanRawArguments.call(this)).slice();
};
// From's image-name and registry getters move the ends of the range that getImageRange returns, which is the first
// argument's own range: hand out a copy so the kept argument keeps its true extent.
const imageRangeOf = From.prototype.getImageRange;
From.prototype.getImageRange = function copiedImageRange(this: From): Range | null {
  const range = imageRangeOf.call(this);
  return range && { start: { ...range.start }, end: { ...range.end } };
};

// The per-instance caches below live in symbol-keyed fields read by shared functions: one model builds thousands of
// instructions per keystroke, and a closure per getter per instruction was a visible share of the allocation.
const ARRAY_GETTERS = ['getVariables', 'getHeredocs'] as const;
const VALUE_GETTERS = ['getImage', 'getImageName', 'getImageTag', 'getImageDigest', 'getRegistry', 'getBuildStage'] as const;
type Getter = (typeof ARRAY_GETTERS)[number] | (typeof VALUE_GETTERS)[number];
const originalOf = Object.fromEntries([...ARRAY_GETTERS, ...VALUE_GETTERS].map((name) => [name, Symbol(`original ${name}`)])) as Record<Getter, symbol>;
const cacheOf = Object.fromEntries([...ARRAY_GETTERS, ...VALUE_GETTERS].map((name) => [name, Symbol(`kept ${name}`)])) as Record<Getter, symbol>;
const keptKeyword = Symbol('kept keyword');
type Kept = Record<symbol, unknown> & Record<string, unknown>;

const memoizedArray = (name: Getter) =>
  function memoized(this: Kept): unknown[] {
    const cached = (this[cacheOf[name]] ??= (this[originalOf[name]] as () => unknown[]).call(this)) as unknown[];
    return cached.slice();
  };
const memoizedValue = (name: Getter) =>
  function memoized(this: Kept): unknown {
    const cache = cacheOf[name];
    if (!(cache in this)) this[cache] = (this[originalOf[name]] as () => unknown).call(this);
    return this[cache];
  };
const MEMOIZED: Record<Getter, (this: Kept) => unknown> = Object.fromEntries([
  ...ARRAY_GETTERS.map((name) => [name, memoizedArray(name)]),
  ...VALUE_GETTERS.map((name) => [name, memoizedValue(name)]),
]) as Record<Getter, (this: Kept) => unknown>;
function keptKeywordOf(this: Kept): string {
  return this[keptKeyword] as string;
}

/**
 * Caches one model's instruction getters that the rules ask for again and again; the model is immutable for one version.
 * getVariables and getHeredocs answers are handed out as copies. From's name getters each re-derive the image range
 * several times (getImageName alone asks for it seven times), and many rules ask for the name; the answers are strings,
 * kept as they are. getKeyword re-normalises the written keyword (escaped newlines, case) on each call; the walker and
 * most rules ask for it.
 */
export function memoizeInstruction(instruction: Instruction): void {
  const self = instruction as unknown as Kept;
  for (const name of ARRAY_GETTERS) memoizeGetter(self, name);
  for (const name of VALUE_GETTERS) memoizeGetter(self, name);
  self[keptKeyword] = instruction.getKeyword();
  self.getKeyword = keptKeywordOf;
}

function memoizeGetter(self: Kept, name: Getter): void {
  const original = self[name];
  if (typeof original !== 'function') return;
  self[originalOf[name]] = original;
  self[name] = MEMOIZED[name];
}

/** What rules read about one instruction; each part is computed on first use and then kept. */
export class InstructionView {
  readonly keyword: string;
  private cachedArgs?: readonly Argument[];
  private cachedOwnArgs?: readonly Argument[];
  private cachedFlags?: readonly Flag[];
  private cachedHeredocs?: readonly Heredoc[];
  private cachedTrigger?: InstructionView | null;

  constructor(
    readonly node: Instruction,
    /** Position of the instruction in file order. */
    readonly index: number,
    /** Whether the instruction's lines hold `<<` at all; asked once, before any heredoc scan. */
    private readonly mayHoldHeredoc: (view: InstructionView) => boolean = (view) => view.node.getTextContent().includes('<<'),
  ) {
    this.keyword = node.getKeyword();
  }

  get range(): Range {
    return this.node.getRange();
  }

  get instructionRange(): Range {
    return this.node.getInstructionRange();
  }

  /** Argument words after the flags, as dockerfile-ast's getArguments() returns them. */
  get args(): readonly Argument[] {
    return (this.cachedArgs ??= this.node.getArguments());
  }

  /** The arguments written on the instruction's own lines: heredoc body words are data, not arguments. */
  get ownArgs(): readonly Argument[] {
    if (this.cachedOwnArgs) return this.cachedOwnArgs;
    const heredocs = this.heredocs;
    if (heredocs.length === 0) return (this.cachedOwnArgs = this.args);
    const bodyStart = heredocs[0]!.getStartRange().end.line + 1;
    return (this.cachedOwnArgs = this.args.filter((arg) => arg.getRange().start.line < bodyStart));
  }

  get flags(): readonly Flag[] {
    return (this.cachedFlags ??= flagsOf(this.node));
  }

  get heredocs(): readonly Heredoc[] {
    // Most instructions have no `<<` at all; checking for one first skips dockerfile-ast's heredoc scan for them.
    return (this.cachedHeredocs ??= this.mayHoldHeredoc(this) ? heredocsOf(this.node) : []);
  }

  /**
   * For ONBUILD, a view of its trigger read as an instruction of its own (index -1: it is not one of the file's), with
   * ranges inside the trigger text. Kept, so that caches keyed by the trigger instruction hold for the model's life.
   */
  get trigger(): InstructionView | undefined {
    if (this.keyword !== 'ONBUILD') return undefined;
    if (this.cachedTrigger === undefined) {
      const node = (this.node as Onbuild).getTriggerInstruction();
      if (node) memoizeInstruction(node);
      this.cachedTrigger = node ? new InstructionView(node, -1) : null;
    }
    return this.cachedTrigger ?? undefined;
  }

  /** The first flag with this name, or undefined. */
  flag(name: string): Flag | undefined {
    return this.flags.find((flag) => flag.getName() === name);
  }
}
