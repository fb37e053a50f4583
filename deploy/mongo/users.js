// Runs once, on the first start of an empty data volume (the mongo image's docker-entrypoint-initdb.d):
// one user per service, readWrite on its own database only (which includes createIndex, used at start).
// Passwords come from the container's environment (deploy/compose/.env, written by init-secrets.sh).
const services = {
  complaints: 'MONGO_PASSWORD_COMPLAINTS',
  feedback: 'MONGO_PASSWORD_FEEDBACK',
  kpi: 'MONGO_PASSWORD_KPI',
  training: 'MONGO_PASSWORD_TRAINING',
  notifications: 'MONGO_PASSWORD_NOTIFICATIONS',
  gateway: 'MONGO_PASSWORD_GATEWAY',
};
for (const [database, variable] of Object.entries(services)) {
  const password = process.env[variable];
  if (!password) {
    throw new Error(variable + ' is not set');
  }
  db.getSiblingDB(database).createUser({user: database, pwd: password, roles: [{role: 'readWrite', db: database}]});
}
