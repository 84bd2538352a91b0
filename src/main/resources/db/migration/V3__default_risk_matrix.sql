-- Matrix version 1: level from likelihood x impact (1-4 low, 5-9 medium, 10-16 high, 20-25 critical);
-- residual risks up to MEDIUM are within the risk appetite.
insert into risk_matrix (id, appetite, description, created_at)
values (1, 'MEDIUM', 'Default 5x5 matrix: level by likelihood x impact; appetite up to medium', '2026-01-01 00:00:00');

insert into risk_matrix_cell (risk_matrix, likelihood, impact, level) values
    (1, 1, 1, 'LOW'),    (1, 1, 2, 'LOW'),    (1, 1, 3, 'LOW'),      (1, 1, 4, 'LOW'),      (1, 1, 5, 'MEDIUM'),
    (1, 2, 1, 'LOW'),    (1, 2, 2, 'LOW'),    (1, 2, 3, 'MEDIUM'),   (1, 2, 4, 'MEDIUM'),   (1, 2, 5, 'HIGH'),
    (1, 3, 1, 'LOW'),    (1, 3, 2, 'MEDIUM'), (1, 3, 3, 'MEDIUM'),   (1, 3, 4, 'HIGH'),     (1, 3, 5, 'HIGH'),
    (1, 4, 1, 'LOW'),    (1, 4, 2, 'MEDIUM'), (1, 4, 3, 'HIGH'),     (1, 4, 4, 'HIGH'),     (1, 4, 5, 'CRITICAL'),
    (1, 5, 1, 'MEDIUM'), (1, 5, 2, 'HIGH'),   (1, 5, 3, 'HIGH'),     (1, 5, 4, 'CRITICAL'), (1, 5, 5, 'CRITICAL');
