export * from './kdf'
export * from './dataKey'
export * from './envelope'
