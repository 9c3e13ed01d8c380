// The explicit registry of Compose rules: adding a rule means adding one line here.
import type { Rule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';
import composeSchema from './compose-schema';
import dependsOnUndefinedService from './depends-on-undefined-service';
import healthyDependencyNeedsHealthcheck from './healthy-dependency-needs-healthcheck';
import noDependsOnCycle from './no-depends-on-cycle';
import noDuplicateHostPort from './no-duplicate-host-port';
import noMissingFile from './no-missing-file';
import noObsoleteVersion from './no-obsolete-version';
import noUndefinedResource from './no-undefined-resource';
import noUndefinedServiceReference from './no-undefined-service-reference';
import preferHealthyDependency from './prefer-healthy-dependency';
import validYaml from './valid-yaml';

export const composeRules: readonly Rule<ComposeModel, ComposeVisitor>[] = [validYaml, composeSchema, noObsoleteVersion, dependsOnUndefinedService, noDependsOnCycle, healthyDependencyNeedsHealthcheck, preferHealthyDependency, noUndefinedResource, noUndefinedServiceReference, noDuplicateHostPort, noMissingFile];
