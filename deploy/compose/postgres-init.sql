-- One database per service (each service owns its tables; no service reads another's database).
CREATE DATABASE portal;
CREATE DATABASE cocreation;
CREATE DATABASE citylab;
CREATE DATABASE declarations;
CREATE DATABASE fund;
CREATE DATABASE kpi;
