import { PROBLEMS, PROBLEM_LABELS, isProblem, type Problem } from '../rules/routing';
import { useI18n } from './i18n';

/** The problem picker shared by the guide and a case's fields. */
export function ProblemSelect(props: {
  value: Problem;
  onChange: (problem: Problem) => void;
  testId?: string;
}) {
  const { pick } = useI18n();
  return (
    <select
      value={props.value}
      onChange={(event) => isProblem(event.currentTarget.value) && props.onChange(event.currentTarget.value)}
      data-testid={props.testId}
    >
      {PROBLEMS.map((p) => (
        <option key={p} value={p}>
          {pick(PROBLEM_LABELS[p])}
        </option>
      ))}
    </select>
  );
}
