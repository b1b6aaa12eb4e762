/** A choice of a select: the value sent and the text shown. */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}
