// Public surface of routing: which steps, what evidence, what to say, when to escalate.
export { PROBLEMS, PROBLEM_LABELS, isProblem } from './problems';
export type { Problem } from './problems';
export { routeFor } from './route';
export type { Route, RouteQuery, RouteStep, StepKind } from './route';
export { confirmHint } from './steps';
export { evidenceFor } from './evidence';
export type { EvidenceItem } from './evidence';
export { callQuestions, callScript } from './script';
export type { CallChecklistItem, CallScript, CallScriptInput } from './script';
export { escalationPlan } from './escalation';
export type { EscalationPlan, EscalationStage } from './escalation';
export { FRAUD_GUARD } from './fraud-guard';
export type { FraudGuardRule } from './fraud-guard';
