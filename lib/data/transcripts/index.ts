export * from './chronicle';
export * from './chronicle-days';
export * from './chronicle-import';
export * from './coverage';
export * from './import';
export * from './news-import';
export * from './read';
export * from './current-version';
