/** One measured figure; `baseline` is measured in the same run, and `ratio` = value / baseline.value. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  ratio?: number;
  goal?: string;
}
