// What each file language plugs into the service: how to build its model, its rules and walker, its comments and hovers.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../rules/defineRule';
import type { Walker } from '../rules/runner';
import type { CommentLine, NextStatement } from '../rules/suppression';
import type { BuildContext } from './files';
import type { Finding, Position } from './types';

export interface LanguageEngine<Model, Visitor> {
  build(document: TextDocument, context: BuildContext): Model;
  rules: readonly Rule<Model, Visitor>[];
  walk: Walker<Model, Visitor>;
  comments(model: Model): CommentLine[];
  /** The lines of the statement that a "next line" suppression comment on `line` applies to. */
  nextStatement(model: Model): NextStatement;
  /** Whether a line is a parser directive (only Dockerfiles have them). */
  isDirective(model: Model, line: number): boolean;
  /** Problems met while building the model itself, such as input limits, reported under readable-text. */
  notices?(model: Model): Finding[];
  /**
   * The line above which a suppression comment for a finding on `line` may be inserted, or undefined when a
   * comment there would change the file's meaning (inside a YAML block scalar, for example).
   */
  suppressionAnchor(model: Model, line: number): number | undefined;
  /** The hover topic id at a position, or undefined. */
  topicAt(model: Model, position: Position): { topic: string; range: import('./types').Range } | undefined;
}
