/** The signed-in reader, as every page, action and route handler sees them. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
}
