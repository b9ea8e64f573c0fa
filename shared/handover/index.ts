export * from './handoverPackage'
export * from './handoverCopy'
export * from './handoverEncryption'
